package org.externship.portal.learninglog.view;

import org.externship.portal.learninglog.boundary.ExperienceDraftDto;
import org.externship.portal.learninglog.entity.ExperienceDetails;
import org.externship.portal.shared.pdf.PdfPages;
import org.externship.portal.shared.view.CsvWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The student's ERAS experience drafts as a spreadsheet (one line each, the service's fields in its order) or as a
 * document to read over ({@link PdfPages}), ready to copy into the application.
 */
final class ExperiencesExport {

    private final LogExportTexts texts;

    ExperiencesExport(LogExportTexts texts) {
        this.texts = texts;
    }

    void csv(List<ExperienceDraftDto> drafts, OutputStream stream) throws IOException {
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write(CsvWriter.BOM);
        CsvWriter csv = new CsvWriter(out);
        csv.line(List.of(texts.text("experiences.positionTitle"), texts.text("experiences.organization"),
                texts.text("experiences.startMonth"), texts.text("experiences.endMonth"),
                texts.text("experiences.frequency"), texts.text("experiences.location"),
                texts.text("experiences.setting"), texts.text("experiences.type"), texts.text("experiences.focusArea"),
                texts.text("experiences.keyCharacteristic"), texts.text("experiences.description"),
                texts.text("experiences.export.characters"), texts.text("experiences.mostMeaningfulBadge"),
                texts.text("experiences.reflection"), texts.text("experiences.export.characters")));
        for (ExperienceDraftDto d : drafts) {
            csv.line(Arrays.asList(d.positionTitle(), d.organization(), texts.month(d.startMonth()),
                    texts.month(d.endMonth()), texts.label("frequency", d.frequency()), d.location(),
                    texts.label("experienceSetting", d.setting()), texts.label("experienceType", d.type()),
                    texts.label("focusArea", d.focusArea()),
                    texts.label("keyCharacteristic", d.keyCharacteristic()), d.description(),
                    d.descriptionCharacters(), texts.text(d.mostMeaningful() ? "experiences.export.yes"
                            : "experiences.export.no"), d.reflection(), d.reflectionCharacters()));
        }
        out.flush();
    }

    void pdf(String studentName, List<ExperienceDraftDto> drafts, OutputStream out) throws IOException {
        try (PdfPages pdf = new PdfPages(page -> texts.text("log.export.page", page))) {
            pdf.line(texts.text("experiences.export.title", studentName), PdfPages.TITLE);
            pdf.line(texts.text("experiences.export.subtitle", texts.day(LocalDate.now()), drafts.size()),
                    PdfPages.BODY);
            pdf.space(8);
            for (ExperienceDraftDto d : drafts) {
                pdf.keep(120);
                pdf.wrapped(d.positionTitle() + ", " + d.organization()
                        + (d.mostMeaningful() ? " · " + texts.text("experiences.mostMeaningfulBadge") : ""),
                        PdfPages.HEADING);
                pdf.wrapped(String.join(" · ", List.of(texts.month(d.startMonth()) + " – " + texts.month(d.endMonth()),
                        texts.label("frequency", d.frequency()), nonNull(d.location()),
                        texts.label("experienceSetting", d.setting()))), PdfPages.BODY);
                pdf.wrapped(String.join(" · ", List.of(texts.label("experienceType", d.type()),
                        texts.label("focusArea", d.focusArea()),
                        texts.label("keyCharacteristic", d.keyCharacteristic()))), PdfPages.BODY);
                if (d.description() != null) {
                    pdf.wrapped(d.description(), PdfPages.BODY);
                    pdf.line(texts.text("experiences.counter", d.descriptionCharacters(), ExperienceDetails.DESCRIPTION_MAX), PdfPages.BODY);
                }
                if (d.reflection() != null) {
                    pdf.wrapped(texts.text("experiences.reflection") + ": " + d.reflection(), PdfPages.BODY);
                }
                pdf.space(10);
            }
            pdf.save(out);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
