package org.externship.portal.application.view;

import org.externship.portal.application.boundary.QueueFilter;
import org.externship.portal.application.boundary.QueueFilter.QueueOrder;
import org.externship.portal.application.entity.ApplicationStatus;
import org.externship.portal.shared.boundary.Text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The review queue as its address carries it ({@code applications.xhtml?status=SUBMITTED&externship=12}), so a
 * coordinator can bookmark or share a filtered queue. A value that cannot be used is left out and a {@link Problem}
 * says so in words; the other filters apply. The CSV download reads the same address.
 *
 * <p>Parameters: {@code status} (repeated or comma-separated; {@code all} for every status; none: the statuses still
 * waiting for a decision), {@code externship} (the id of one of the hospital's externships), {@code student} (part of
 * the name), {@code order}, {@code desc} ({@code true}: newest or last first), {@code page} (from 1).
 *
 * @param statuses the statuses shown, none for every status
 */
public record QueueParameters(Set<ApplicationStatus> statuses, Long externshipId, String student, QueueOrder order,
                              boolean descending, int page, List<Problem> problems) {

    /** What the queue shows when the address names no status: the applications still waiting for a decision. */
    public static final Set<ApplicationStatus> WAITING = Set.copyOf(EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.UNDER_REVIEW, ApplicationStatus.INTERVIEW, ApplicationStatus.WAITLISTED));
    static final String EVERY_STATUS = "all";
    static final int MAX_STUDENT = 80;
    static final int MAX_PAGE = 100_000;
    /** How much of a value that cannot be used a message quotes. */
    static final int QUOTED = 40;

    /**
     * A value of the address that was left out, and why: a message of the bundle ({@code queue.problem.*}) with its
     * arguments.
     */
    public record Problem(String parameter, String messageKey, List<Object> arguments) {

        public Problem(String parameter, String messageKey, Object... arguments) {
            this(parameter, messageKey, List.of(arguments));
        }
    }

    public QueueParameters {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        order = order == null ? QueueOrder.SUBMITTED : order;
        problems = List.copyOf(problems);
    }

    /** The queue nobody filtered: the applications waiting for a decision, oldest first. */
    public static QueueParameters waiting() {
        return new QueueParameters(WAITING, null, null, QueueOrder.SUBMITTED, false, 1, List.of());
    }

    /**
     * The queue in {@code parameters} (a request's parameters, each with all its values), where {@code ownExternship}
     * tells the hospital's own externships: the number of any other externship is left out, and the message does not
     * say whether it exists.
     */
    public static QueueParameters of(Map<String, String[]> parameters, Predicate<Long> ownExternship) {
        List<Problem> problems = new ArrayList<>();
        return new QueueParameters(statuses(values(parameters, "status"), problems),
                externship(value(parameters, "externship"), ownExternship, problems),
                student(value(parameters, "student"), problems),
                order(value(parameters, "order"), problems),
                descending(value(parameters, "desc"), problems),
                page(value(parameters, "page"), problems),
                problems);
    }

    /** The same queue with other filters, from the first page (what "Show" asks for). */
    public static QueueParameters chosen(Set<ApplicationStatus> statuses, Long externshipId, String student,
                                         QueueOrder order, boolean descending) {
        return new QueueParameters(statuses == null ? Set.of() : statuses, externshipId, Text.trimmed(student), order,
                descending, 1, List.of());
    }

    /** What the boundary is asked for. */
    public QueueFilter filter() {
        return new QueueFilter(statuses, externshipId, student, order, descending);
    }

    /** This queue on page {@code number}. */
    public QueueParameters onPage(int number) {
        return new QueueParameters(statuses, externshipId, student, order, descending,
                Math.max(1, Math.min(number, MAX_PAGE)), problems);
    }

    /** The query string of this queue on its page ({@code status=SUBMITTED&externship=12&page=2}), encoded. */
    public String query() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", statuses.isEmpty() ? EVERY_STATUS
                : statuses.stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        values.put("externship", externshipId);
        values.put("student", student);
        values.put("order", order == QueueOrder.SUBMITTED ? null : order);
        values.put("desc", descending ? "true" : null);
        values.put("page", page > 1 ? page : null);
        return values.entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue().toString(),
                        StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static List<String> values(Map<String, String[]> parameters, String name) {
        String[] given = parameters.get(name);
        List<String> values = new ArrayList<>();
        if (given != null) {
            for (String value : given) {
                for (String part : value == null ? new String[0] : value.split(",")) {
                    String trimmed = Text.trimmed(part);
                    if (trimmed != null) {
                        values.add(trimmed);
                    }
                }
            }
        }
        return values;
    }

    private static String value(Map<String, String[]> parameters, String name) {
        String[] given = parameters.get(name);
        return given == null || given.length == 0 ? null : Text.trimmed(given[0]);
    }

    private static Set<ApplicationStatus> statuses(List<String> values, List<Problem> problems) {
        if (values.isEmpty()) {
            return WAITING;
        }
        if (values.stream().anyMatch(EVERY_STATUS::equalsIgnoreCase)) {
            return Set.of();
        }
        Set<ApplicationStatus> statuses = EnumSet.noneOf(ApplicationStatus.class);
        for (String value : values) {
            try {
                ApplicationStatus status = ApplicationStatus.valueOf(value.toUpperCase(Locale.ROOT));
                if (status == ApplicationStatus.DRAFT) {
                    problems.add(new Problem("status", "queue.problem.draft"));
                } else {
                    statuses.add(status);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("status", "queue.problem.status", quoted(value)));
            }
        }
        if (statuses.isEmpty()) {
            problems.add(new Problem("status", "queue.problem.noStatus"));
            return WAITING;
        }
        return statuses;
    }

    private static Long externship(String value, Predicate<Long> ownExternship, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        if (!value.matches("[0-9]{1,18}")) {
            problems.add(new Problem("externship", "queue.problem.externship", quoted(value)));
            return null;
        }
        long id = Long.parseLong(value);
        if (!ownExternship.test(id)) {
            problems.add(new Problem("externship", "queue.problem.externship", quoted(value)));
            return null;
        }
        return id;
    }

    private static String student(String value, List<Problem> problems) {
        if (value == null || value.length() <= MAX_STUDENT) {
            return value;
        }
        problems.add(new Problem("student", "queue.problem.student", MAX_STUDENT));
        int end = Character.isHighSurrogate(value.charAt(MAX_STUDENT - 1)) ? MAX_STUDENT - 1 : MAX_STUDENT;
        return value.substring(0, end).strip();
    }

    private static QueueOrder order(String value, List<Problem> problems) {
        if (value == null) {
            return QueueOrder.SUBMITTED;
        }
        try {
            return QueueOrder.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("order", "queue.problem.order", quoted(value)));
            return QueueOrder.SUBMITTED;
        }
    }

    private static boolean descending(String value, List<Problem> problems) {
        if (value == null) {
            return false;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1":
                return true;
            case "false", "off", "no", "0":
                return false;
            default:
                problems.add(new Problem("desc", "queue.problem.desc", quoted(value)));
                return false;
        }
    }

    private static int page(String value, List<Problem> problems) {
        if (value == null) {
            return 1;
        }
        if (value.matches("\\+?0*[1-9][0-9]{0,8}")) {
            return (int) Math.min(Long.parseLong(value.replace("+", "")), MAX_PAGE);
        }
        if (value.matches("\\+?0*[1-9][0-9]*")) {
            return MAX_PAGE;
        }
        problems.add(new Problem("page", "queue.problem.page", quoted(value)));
        return 1;
    }

    private static String quoted(String value) {
        return value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "\u2026";
    }
}
