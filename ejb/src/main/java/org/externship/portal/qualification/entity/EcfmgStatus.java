package org.externship.portal.qualification.entity;

/** ECFMG certification of an international medical graduate. */
public enum EcfmgStatus {
    NOT_STARTED,
    IN_PROGRESS,
    CERTIFIED
}
