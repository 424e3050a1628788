package org.externship.portal.shared.view;

/**
 * Who is asking for kept work back, as {@link HeldWork.HeldForm#owner()} records it: implemented by the sign-in
 * (the kernel knows no feature).
 */
public interface HeldWorkOwner {

    /** The fingerprint of the signed-in user, or null if nobody is signed in. */
    String current();
}
