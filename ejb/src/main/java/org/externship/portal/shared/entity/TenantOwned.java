package org.externship.portal.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The base of every entity a hospital owns. EclipseLink adds {@code tenant_id = :tenant} to every read, update and
 * delete of a subclass and fills the column on insert, from the persistence-context property {@link #TENANT_PROPERTY}.
 * That property is set in one place only: {@code shared.tenancy.HospitalScope}. Without it, queries on these entities
 * fail instead of returning other hospitals' rows.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantOwned.TENANT_PROPERTY, length = 40)
public abstract class TenantOwned {

    public static final String TENANT_PROPERTY = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT;

    @Version
    @Column(nullable = false)
    private long version;

    public long version() {
        return version;
    }
}
