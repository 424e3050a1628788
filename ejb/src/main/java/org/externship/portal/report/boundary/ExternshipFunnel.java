package org.externship.portal.report.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An externship's periods added up: the funnel and the seats of all its periods in the report's range. */
public record ExternshipFunnel(long externshipId, String externshipTitle, int periods, long seats, long submitted,
                               long offered, long accepted, long placed, long completed) {

    /** The periods' rows added up per externship, in the order the externships first appear. */
    public static List<ExternshipFunnel> of(List<PeriodFunnel> periods) {
        Map<Long, ExternshipFunnel> sums = new LinkedHashMap<>();
        for (PeriodFunnel p : periods) {
            sums.merge(p.externshipId(), new ExternshipFunnel(p.externshipId(), p.externshipTitle(), 1, p.seats(),
                    p.submitted(), p.offered(), p.accepted(), p.placed(), p.completed()), ExternshipFunnel::plus);
        }
        return List.copyOf(new ArrayList<>(sums.values()));
    }

    /** All externships added up: the hospital's totals (title null). */
    public static ExternshipFunnel total(List<ExternshipFunnel> externships) {
        return externships.stream().reduce(new ExternshipFunnel(0, null, 0, 0, 0, 0, 0, 0, 0),
                ExternshipFunnel::plus);
    }

    private ExternshipFunnel plus(ExternshipFunnel o) {
        return new ExternshipFunnel(externshipId, externshipTitle, periods + o.periods, seats + o.seats,
                submitted + o.submitted, offered + o.offered, accepted + o.accepted, placed + o.placed,
                completed + o.completed);
    }

    public Integer offerRate() {
        return Rate.percent(offered, submitted);
    }

    public Integer acceptRate() {
        return Rate.percent(accepted, offered);
    }

    public Integer completionRate() {
        return Rate.percent(completed, accepted);
    }

    public Integer fillRate() {
        return Rate.percent(placed, seats);
    }
}
