package org.externship.portal.learninglog.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Year;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of identifier on its own: the words the guard must find (exactly those words, of that kind), and the
 * look-alikes it must let through. The corpus measures the guard; these pin down each rule's edges.
 */
class DeidentificationKindsTest {

    private final DeidentificationGuard guard = new DeidentificationGuard();

    @ParameterizedTest(name = "{0}: \u201c{2}\u201d in \u201c{1}\u201d")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            PATIENT_NAME | Presented the patient, John Smith, on rounds.        | John Smith
            PATIENT_NAME | Mr. Jones was short of breath.                       | Mr. Jones
            PATIENT_NAME | Mrs Garcia asked about her insulin.                  | Mrs Garcia
            PATIENT_NAME | Her son Michael translated.                          | Michael
            PATIENT_NAME | A girl named Leila had a febrile seizure.            | Leila
            PATIENT_NAME | Pt initials J.S. on the sign-out.                    | J.S.
            PATIENT_NAME | The patient’s wife, Linda, came at night.            | Linda
            PATIENT_NAME | Mrs. O’Brien went home.                              | Mrs. O’Brien
            PATIENT_NAME | We met Ms. de la Cruz in clinic.                     | Ms. de la Cruz
            PATIENT_NAME | Mr. K. had a stroke.                                 | K.
            PATIENT_NAME | Patient: Nadia Suleiman, DKA.                        | Nadia Suleiman
            PATIENT_NAME | Her husband Raj Today asked questions.               | Raj
            DATE         | Admitted on March 3rd.                               | March 3rd
            DATE         | Seen 3/14 for follow-up.                             | 3/14
            DATE         | Echo on 03/14/2025.                                  | 03/14/2025
            DATE         | Biopsy dated 2025-03-14.                             | 2025-03-14
            DATE         | He came back on the 3rd.                             | on the 3rd
            DATE         | Intubated Friday the 13th.                           | Friday the 13th
            DATE         | Seen again Tuesday 4th for the wound.                | Tuesday 4th
            DATE         | Admitted on March the 3rd.                           | March the 3rd
            DATE         | Fell on the fifth of May.                            | on the fifth of May
            DATE         | Born in February 1940 in a village.                  | February 1940
            DATE         | She returned on 1/2 with swelling.                   | 1/2
            DATE         | Transplant on 15/08/2023 abroad.                     | 15/08/2023
            DATE         | Delivered on Christmas Eve.                          | on Christmas Eve
            AGE_OVER_89  | A 92-year-old woman fell.                            | 92
            AGE_OVER_89  | Aged 95, he lives alone.                             | 95
            AGE_OVER_89  | A 95 yo man with sepsis.                             | 95
            AGE_OVER_89  | Saw a 90F with CHF.                                  | 90
            AGE_OVER_89  | Mrs. Lee, 92, has pneumonia.                         | 92
            AGE_OVER_89  | Her 100th birthday was on the ward.                  | 100
            AGE_OVER_89  | A ninety-two-year-old veteran.                       | ninety-two-year-old
            PHONE_NUMBER | Call the daughter at 555-201-3344.                   | 555-201-3344
            PHONE_NUMBER | Fax (617) 555-0192 for records.                      | (617) 555-0192
            PHONE_NUMBER | Her mobile is 0803 555 7712.                         | 0803 555 7712
            PHONE_NUMBER | Reach him on +44 20 7946 0958.                       | +44 20 7946 0958
            PHONE_NUMBER | Pager 555-8812 is the nurse's.                       | 555-8812
            EMAIL_ADDRESS | Send it to jsmith@yahoo.com please.                 | jsmith@yahoo.com
            EMAIL_ADDRESS | Write to kpatel[at]mail.com today.                  | kpatel[at]mail.com
            WEB_ADDRESS  | Her blog: https://example.org/my-story.             | https://example.org/my-story
            WEB_ADDRESS  | See gofundme.com/help-for-marcus for more.          | gofundme.com/help-for-marcus
            IP_ADDRESS   | The monitor at 192.168.1.45 went silent.            | 192.168.1.45
            IP_ADDRESS   | It connects from fe80::1ff:fe23:4567:890a daily.    | fe80::1ff:fe23:4567:890a
            SOCIAL_SECURITY_NUMBER | The form had 078-05-1120 on it.           | 078-05-1120
            SOCIAL_SECURITY_NUMBER | Last four of SSN 6789 checked.            | SSN 6789
            RECORD_NUMBER | MRN 00482913, bed 12.                               | MRN 00482913
            RECORD_NUMBER | Medicare ID 1EG4-TE5-MK73 for the order.            | Medicare ID 1EG4-TE5-MK73
            RECORD_NUMBER | License plate 7ABC123 was noted.                    | License plate 7ABC123
            RECORD_NUMBER | I copied 40918273 by mistake.                       | 40918273
            STREET_ADDRESS | She lives at 123 Main Street alone.                | 123 Main Street
            STREET_ADDRESS | Home health visits Apt 4B weekly.                  | Apt 4B
            STREET_ADDRESS | He lives on Cedar Lane by the tracks.              | Cedar Lane
            STREET_ADDRESS | Found at 2200 W. Madison St. at night.             | 2200 W. Madison St.
            ZIP_CODE     | Her ZIP code is 60614.                              | 60614
            ZIP_CODE     | Lives in Boston, MA 02115.                          | 02115
            ZIP_CODE     | Home is 94110-2231.                                 | 94110-2231
            IMAGE        | Photo attached of the rash.                         | Photo attached
            IMAGE        | IMG_2041.jpg shows the wound.                       | IMG_2041.jpg
            IMAGE        | The wound: <img src="w.png">                        | <img src="w.png">
            IMAGE        | I uploaded a screenshot of the ECG.                 | uploaded a screenshot
            """)
    void findsTheWords(IdentifierKind kind, String text, String words) {
        List<Finding> findings = guard.check(text);
        assertTrue(findings.stream().anyMatch(finding -> finding.kind() == kind && finding.words().equals(words)),
                () -> "expected " + kind + " \u201c" + words + "\u201d, found " + findings);
    }

    @Test
    void findsAYearOfBirthThatShowsAnAgeOver89() {
        int year = Year.now().getValue() - 95;
        List<Finding> findings = guard.check("She was born in " + year + " on a farm.");
        assertEquals(List.of(IdentifierKind.AGE_OVER_89), findings.stream().map(Finding::kind).toList());
        assertEquals(String.valueOf(year), findings.get(0).words());
        assertEquals(List.of(), guard.check("She was born in " + (Year.now().getValue() - 40) + " in Lagos."));
    }

    @ParameterizedTest(name = "passes \u201c{0}\u201d")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Metoprolol 25 mg twice daily.
            Na 128 mmol/L, troponin 0.04, WBC 12500, platelets 250000.
            GCS 14, CURB-65 of 3, APGAR 8 and 9, Wells score of 4.
            Symptoms began 2 weeks ago; preparing for Step 2 CK.
            ICU bed 12, room 412, BP 150/90, HR 110, SpO2 92%, temp 38.5.
            Parkinson disease, Foley catheter, Babinski sign, Graves disease.
            Dr. Adams taught us; the resident, Dr. Sarah Kim, let me present.
            In 2024 I screened adults aged 50-75 with a PGY-2.
            A man in his 70s; a woman in her 90s; patients aged 90 or older.
            Pain 7/10, strength 5/5, a 3/6 murmur, 1/2 tablet, MMSE 18/30, on call 24/7.
            On the 3rd day of antibiotics; on hospital day 3; post-op day 2.
            In March I started my externship; my rotation runs from June to August.
            Patient Safety Conference; Patient A and Patient B; Mr. X, a smoker.
            For this patient, Bactrim was a poor choice.
            Her son, a police officer, asked about the plan.
            The patient may need an echo in 6 months.
            ICD-10 E11.9 and CPT 99214 on the bill; the ID consult agreed.
            U.S. clinical experience; IMG applicants; the photo quiz.
            HBV DNA 2000000 IU/mL; viral load 1,200,000 copies/mL.
            An ECG at 10:42; ANA 1:160; ABG 7.32/48/70.
            The 2019-2020 flu season; symptoms for 3-4 days; nebulisers 2-3 times a day.
            """)
    void passesLookAlikes(String text) {
        assertEquals(List.of(), guard.check(text));
    }
}
