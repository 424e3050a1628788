package org.externship.portal.application.entity;

/** Who moved an application on. */
public enum Actor {
    STUDENT,
    COORDINATOR,
    /** The portal itself, e.g. when an offer lapses. */
    PORTAL
}
