package org.externship.portal.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.externship.portal.shared.entity.UsState;

import java.util.List;

/**
 * The state menus' choices ({@code #{usStates.all}}): each {@link UsState} shown by its name, sent as its code.
 */
@Named
@ApplicationScoped
public class UsStates {

    public List<UsState> getAll() {
        return UsState.all();
    }
}
