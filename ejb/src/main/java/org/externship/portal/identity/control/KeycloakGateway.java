package org.externship.portal.identity.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The portal's only door into Keycloak's admin API (keycloak-admin-client, as the {@code portal-admin} service
 * account). Every call either succeeds or throws {@link KeycloakException}; callers compensate.
 */
@ApplicationScoped
public class KeycloakGateway {

    /** How long the link in an invitation e-mail stays valid: three days. */
    static final int INVITATION_LIFESPAN_SECONDS = 3 * 24 * 3600;
    /** How many members of an organization one call reads. */
    static final int MEMBERS_PAGE = 100;

    @Inject
    @ConfigProperty(name = "portal.keycloak.url")
    String serverUrl;

    @Inject
    @ConfigProperty(name = "portal.keycloak.realm")
    String realmName;

    @Inject
    @ConfigProperty(name = "portal.keycloak.admin-client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.admin-client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "portal.keycloak.client-id", defaultValue = "portal")
    String portalClientId;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String portalBaseUrl;

    @Inject
    KeycloakTimeouts timeouts;

    private Keycloak keycloak;

    public String createOrganization(String alias, String name, String emailDomain) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setAlias(alias);
        organization.setName(name);
        organization.setEnabled(true);
        organization.addDomain(new OrganizationDomainRepresentation(emailDomain));
        return call("create organization", () -> created(realm().organizations().create(organization)));
    }

    public void deleteOrganization(String organizationId) {
        call("delete organization", () -> expect(realm().organizations().get(organizationId).delete()));
    }

    /**
     * Creates a staff account for {@code email}, invited by {@code hospitalName} as {@code role}: the invitation
     * e-mail names both (the realm's user profile keeps them as {@code invitedTo} and {@code invitedAs}, which only
     * administrators see).
     */
    public String createUser(String email, String firstName, String lastName, String hospitalName, String role) {
        UserRepresentation user = new UserRepresentation();
        user.setAttributes(Map.of("invitedTo", List.of(hospitalName), "invitedAs", List.of(role)));
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        return call("create user", () -> {
            String id = created(realm().users().create(user));
            // every new account gets the realm's default role, which makes a self-registered user a student; a
            // member of staff is not one
            var realmRoles = realm().users().get(id).roles().realmLevel();
            var defaults = realmRoles.listAll().stream().filter(r -> r.getName().startsWith("default-roles-"))
                    .toList();
            if (!defaults.isEmpty()) {
                realmRoles.remove(defaults);
            }
            return id;
        });
    }

    public void deleteUser(String userId) {
        call("delete user", () -> expect(realm().users().delete(userId)));
    }

    public void grantRealmRole(String userId, String role) {
        call("grant role", () -> {
            // the service account may assign roles but not read the realm's role list: pick from the assignable ones
            var realmRoles = realm().users().get(userId).roles().realmLevel();
            var assignable = realmRoles.listAvailable().stream().filter(r -> role.equals(r.getName())).toList();
            if (assignable.isEmpty()) {
                throw new KeycloakException("grant role", 404, "no assignable realm role " + role, null);
            }
            realmRoles.add(assignable);
            return null;
        });
    }

    public void addOrganizationMember(String organizationId, String userId) {
        call("add member", () -> expect(realm().organizations().get(organizationId).members().addMember(userId)));
    }

    public void removeOrganizationMember(String organizationId, String userId) {
        call("remove member", () -> expect(realm().organizations().get(organizationId).members().member(userId)
                .delete()));
    }

    /** The organizations {@code userId} is a member of, by alias: their Keycloak ids. */
    public Map<String, String> organizationsOf(String userId) {
        return call("read memberships", () -> realm().organizations().members().getOrganizations(userId, true)
                .stream().collect(Collectors.toMap(OrganizationRepresentation::getAlias,
                        OrganizationRepresentation::getId, (first, second) -> first)));
    }

    /**
     * The members of organization {@code organizationId}: their Keycloak ids, each with whether the account is
     * enabled (read a hundred at a time).
     */
    public Map<String, Boolean> membersOf(String organizationId) {
        return call("read members", () -> {
            Map<String, Boolean> members = new HashMap<>();
            var listing = realm().organizations().get(organizationId).members();
            List<MemberRepresentation> page;
            do {
                page = listing.list(members.size(), MEMBERS_PAGE, true);
                page.forEach(m -> members.put(m.getId(), Boolean.TRUE.equals(m.isEnabled())));
            } while (page.size() == MEMBERS_PAGE);
            return members;
        });
    }

    /** The realm roles of account {@code userId}, effective (composites included). */
    public Set<String> realmRoles(String userId) {
        return call("read roles", () -> roles(userId));
    }

    /** The account registered under {@code email}, if there is one. */
    public Optional<Account> accountByEmail(String email) {
        return call("find account", () -> realm().users().searchByEmail(email, true).stream().findFirst()
                .map(this::account));
    }

    public Account account(String userId) {
        return call("read account", () -> account(realm().users().get(userId).toRepresentation()));
    }

    /** Enables or disables the account (a disabled one cannot sign in, nor refresh its tokens). */
    public void enable(String userId, boolean enabled) {
        call(enabled ? "enable user" : "disable user", () -> {
            var user = realm().users().get(userId);
            UserRepresentation changed = user.toRepresentation();
            changed.setEnabled(enabled);
            user.update(changed);
            return null;
        });
    }

    /** Ends every Keycloak session of the account: its refresh tokens no longer work. */
    public void signOutEverywhere(String userId) {
        call("sign out", () -> {
            realm().users().get(userId).logout();
            return null;
        });
    }

    private Set<String> roles(String userId) {
        return realm().users().get(userId).roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName).collect(Collectors.toUnmodifiableSet());
    }

    private Account account(UserRepresentation user) {
        Set<String> roles = roles(user.getId());
        String name = String.join(" ", Optional.ofNullable(user.getFirstName()).orElse(""),
                Optional.ofNullable(user.getLastName()).orElse("")).strip();
        return new Account(user.getId(), name.isEmpty() ? user.getEmail() : name, user.getEmail(),
                Boolean.TRUE.equals(user.isEnabled()), roles);
    }

    /** An account as the portal needs to know it: who, whether it may sign in, its realm roles (effective). */
    public record Account(String id, String fullName, String email, boolean enabled, Set<String> roles) {
    }

    /**
     * Sends the account-activation e-mail: choose a password, verify the address, then on to the portal. Keycloak
     * accepts only the portal client's one redirect address, {@code /callback}, which without a sign-in in progress
     * leads to the portal's home and so to the sign-in.
     */
    public void sendInvitation(String userId) {
        call("send invitation", () -> {
            realm().users().get(userId).executeActionsEmail(portalClientId, portalBaseUrl + "/callback",
                    INVITATION_LIFESPAN_SECONDS, List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"));
            return null;
        });
    }

    /** Whether the account has a password: someone invited who has not chosen one yet has none. */
    public boolean hasPassword(String userId) {
        return call("read credentials", () -> realm().users().get(userId).credentials().stream()
                .anyMatch(credential -> CredentialRepresentation.PASSWORD.equals(credential.getType())));
    }

    /**
     * Sends the account-activation e-mail again, now naming {@code hospitalName} and {@code role} as the invitation
     * (the account's {@code invitedTo} and {@code invitedAs}); the link of an earlier one may have lapsed.
     */
    public void inviteAgain(String userId, String hospitalName, String role) {
        call("update invitation", () -> {
            var user = realm().users().get(userId);
            UserRepresentation changed = user.toRepresentation();
            Map<String, List<String>> attributes = new HashMap<>(Optional.ofNullable(changed.getAttributes())
                    .orElse(Map.of()));
            attributes.put("invitedTo", List.of(hospitalName));
            attributes.put("invitedAs", List.of(role));
            changed.setAttributes(attributes);
            user.update(changed);
            return null;
        });
        sendInvitation(userId);
    }

    private <T> T call(String step, Supplier<T> action) {
        try {
            return action.get();
        } catch (KeycloakException e) {
            throw e;
        } catch (WebApplicationException e) {
            throw new KeycloakException(step, e.getResponse().getStatus(), e.getMessage(), e);
        } catch (ProcessingException | IllegalStateException e) {
            throw new KeycloakException(step, 0, String.valueOf(e.getMessage()), e);
        }
    }

    private static String created(Response response) {
        try (response) {
            if (response.getStatus() != 201) {
                throw new WebApplicationException(response.getStatusInfo().getReasonPhrase(), response.getStatus());
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    private static Void expect(Response response) {
        try (response) {
            if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                throw new WebApplicationException(response.getStatusInfo().getReasonPhrase(), response.getStatus());
            }
            return null;
        }
    }

    private synchronized RealmResource realm() {
        if (keycloak == null) {
            if (clientSecret.filter(secret -> !secret.isBlank()).isEmpty()) {
                throw new IllegalStateException("no client secret for " + clientId
                        + ": set PORTAL_ADMIN_CLIENT_SECRET");
            }
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(serverUrl)
                    .realm(realmName)
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(clientId)
                    .clientSecret(clientSecret.get())
                    .resteasyClient(new ResteasyClientBuilderImpl()
                            .connectTimeout(timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
                            .readTimeout(timeouts.read().toMillis(), TimeUnit.MILLISECONDS)
                            .build())
                    .build();
        }
        return keycloak.realm(realmName);
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
