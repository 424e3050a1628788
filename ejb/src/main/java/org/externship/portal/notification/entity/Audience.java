package org.externship.portal.notification.entity;

/** Who a notification is for. */
public enum Audience {
    /** One student, by Keycloak subject. */
    STUDENT,
    /** Every coordinator of one hospital. */
    COORDINATORS
}
