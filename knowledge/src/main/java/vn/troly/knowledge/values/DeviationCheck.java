package vn.troly.knowledge.values;

import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.List;
import java.util.Optional;

/** Flags a reported value that jumps or drops more than 30 points, or falls for an indicator that only accumulates. */
public final class DeviationCheck {

    static final double JUMP = 30;

    /** What looks wrong, against which earlier value. */
    public record Deviation(Kind kind, double delta, IndicatorValue previous) {
        /** A big change either way, or a fall where values only grow. */
        public enum Kind { JUMP, DROP }
    }

    private final VietnameseNormalizer normalizer;

    public DeviationCheck(VietnameseNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /**
     * @param history earlier values, latest first
     */
    public Optional<Deviation> check(Indicator indicator, IndicatorValue candidate, List<IndicatorValue> history) {
        Optional<IndicatorValue> previous = history.stream().filter(v -> v.value() != null).findFirst();
        if (previous.isEmpty() || candidate.value() == null) {
            return Optional.empty();
        }
        double delta = candidate.value() - previous.get().value();
        if (Math.abs(delta) > JUMP) {
            return Optional.of(new Deviation(Deviation.Kind.JUMP, delta, previous.get()));
        }
        if (delta < 0 && accumulates(indicator)) {
            return Optional.of(new Deviation(Deviation.Kind.DROP, delta, previous.get()));
        }
        return Optional.empty();
    }

    /** Shares that only grow: digitised, trained, covered, connected, holding an account. */
    boolean accumulates(Indicator indicator) {
        String name = normalizer.fold(indicator.name());
        return name.contains("so hoa") || name.contains("duoc dao tao") || name.contains("tap huan") || name.contains("pho cap")
                || name.contains("co tai khoan") || name.contains("phu song") || name.contains("ket noi");
    }

    /** The value marked suspect, to be stored as such. */
    public static IndicatorValue suspect(IndicatorValue v) {
        return new IndicatorValue(v.id(), v.indicatorId(), v.communeId(), v.value(), v.text(), v.unit(), v.asOf(),
                v.reportedBy(), v.channel(), v.source(), v.note(), true, v.recordedAt());
    }
}
