package org.externship.portal.compliance.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ComplianceGateTest {

    @Test
    void namesWhatIsMissingAsASentenceDoes() {
        assertEquals("BLS", ComplianceGate.names(List.of("BLS")));
        assertEquals("BLS and drug screen", ComplianceGate.names(List.of("BLS", "drug screen")));
        assertEquals("BLS, titers and drug screen", ComplianceGate.names(List.of("BLS", "titers", "drug screen")));
    }
}
