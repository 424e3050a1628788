package org.externship.portal;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NamedNativeQueries;
import jakarta.persistence.NamedNativeQuery;
import org.externship.portal.shared.boundary.PortalException;
import org.externship.portal.shared.tenancy.TenantContext;
import org.junit.jupiter.api.Test;

import java.sql.Connection;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules the portal's structure relies on (docs/architecture.md), checked on the main code of both modules (the
 * web module's classes and the EJB module's, which it depends on). Each rule fails with the offending classes named.
 */
class ArchitectureTest {

    private static final String PORTAL = "org.externship.portal";
    private static final String KERNEL = PORTAL + ".shared..";
    private static final String TENANCY = PORTAL + ".shared.tenancy..";
    private static final String SIGN_IN = PORTAL + ".identity.security..";

    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PORTAL);

    @Test
    void theCodeIsThere() {
        // the rules below would pass on nothing: make sure both modules were read
        classes().that().haveSimpleName("Externships").should().resideInAPackage(PORTAL + ".listing.boundary")
                .check(CODE);
        classes().that().haveSimpleName("ExternshipSearchView").should().resideInAPackage(PORTAL + ".listing.view")
                .check(CODE);
    }

    @Test
    void featuresDependOnEachOtherOneWay() {
        slices().matching(PORTAL + ".(*)..").namingSlices("feature $1").should().beFreeOfCycles().check(CODE);
    }

    @Test
    void theKernelUsesNoFeature() {
        noClasses().that().resideInAPackage(KERNEL)
                .should().dependOnClassesThat(resideInAPackage(PORTAL + "..").and(not(resideInAPackage(KERNEL))))
                .because("every feature may use the kernel (shared), so it may use none of them")
                .check(CODE);
    }

    @Test
    void viewsCallBoundariesOnly() {
        noClasses().that().resideInAPackage("..view..")
                .should().dependOnClassesThat().resideInAPackage("..control..")
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .because("a page works through its feature's boundary, with DTOs (enums of the model may be shared)")
                .check(CODE);
    }

    @Test
    void onlyTheTenancyKernelSetsTheTenant() {
        noClasses().that().resideOutsideOfPackage(TENANCY)
                .should().callMethod(EntityManager.class, "setProperty", String.class, Object.class)
                .because("HospitalScope is the one place that puts a persistence context inside a hospital")
                .check(CODE);
        noClasses().that().resideOutsideOfPackages(TENANCY, SIGN_IN)
                .should().callMethod(TenantContext.class, "actFor", String.class)
                .because("the request's hospital comes from the signed-in user's token, once per request")
                .check(CODE);
    }

    @Test
    void onlyTheTenancyKernelSendsSqlOfItsOwn() {
        noClasses().that().resideOutsideOfPackage(TENANCY)
                .should().callMethodWhere(target(owner(assignableTo(Connection.class)))
                        .and(target(nameMatching("prepareStatement|prepareCall|createStatement|nativeSQL"))))
                .orShould().callMethod(EntityManager.class, "unwrap", Class.class)
                .because("the one plain SQL of the portal is the tenancy kernel's: set_config, which tells PostgreSQL's"
                        + " row-level security whose rows a transaction may see")
                .check(CODE);
    }

    @Test
    void noNativeQueries() {
        noClasses().should().callMethodWhere(target(name("createNativeQuery"))
                        .and(target(owner(assignableTo(EntityManager.class)))))
                .orShould().beAnnotatedWith(NamedNativeQuery.class)
                .orShould().beAnnotatedWith(NamedNativeQueries.class)
                .because("EclipseLink's tenant filter does not reach native SQL")
                .check(CODE);
    }

    @Test
    void everyBoundaryMethodSaysWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("..boundary..")
                .and().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
                .and().arePublic()
                .and().doNotHaveModifier(JavaModifier.STATIC)
                .should(beSecured())
                .check(CODE);
    }

    @Test
    void entitiesDependOnNoBoundaryDto() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat(resideInAPackage("..boundary..")
                        .and(not(assignableTo(PortalException.class))))
                .because("the model does not know the shapes its boundaries answer with (business exceptions aside)")
                .check(CODE);
    }

    @Test
    void entitiesLiveInEntityPackages() {
        classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..entity..").check(CODE);
    }

    /** @RolesAllowed, @PermitAll or @DenyAll on the method, or @RolesAllowed / @PermitAll on its class. */
    private static ArchCondition<JavaMethod> beSecured() {
        return new ArchCondition<>("say who may call them (@RolesAllowed, @PermitAll on the method or its class)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean secured = method.isAnnotatedWith(RolesAllowed.class) || method.isAnnotatedWith(PermitAll.class)
                        || method.isAnnotatedWith(DenyAll.class) || securedClass().test(method.getOwner());
                if (!secured) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " says nobody may call it"));
                }
            }
        };
    }

    private static DescribedPredicate<JavaClass> securedClass() {
        return DescribedPredicate.describe("secured class",
                c -> c.isAnnotatedWith(RolesAllowed.class) || c.isAnnotatedWith(PermitAll.class));
    }
}
