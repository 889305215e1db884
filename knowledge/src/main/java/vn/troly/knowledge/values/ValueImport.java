package vn.troly.knowledge.values;

import java.util.ArrayList;
import java.util.List;

/** Validates every line of an upload and stores all of them or none. */
public final class ValueImport {

    private final ValueValidator validator;
    private final ValueStore store;

    public ValueImport(ValueValidator validator, ValueStore store) {
        this.validator = validator;
        this.store = store;
    }

    /** One rejected line. */
    public record LineError(int row, String indicatorId, String message) {
    }

    /** What an upload did: the stored values, or the errors (then nothing was stored). */
    public record Result(List<IndicatorValue> stored, List<LineError> errors) {
        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    public Result importLines(List<ValueSheet.Line> lines, String communeId) {
        List<IndicatorValue> valid = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        if (lines.isEmpty()) {
            errors.add(new LineError(0, null, "Tệp không có dòng nào được điền giá trị."));
        }
        for (ValueSheet.Line line : lines) {
            try {
                IndicatorValue value = validator.validate(line.report());
                if (!value.communeId().equals(communeId)) {
                    errors.add(new LineError(line.row(), line.report().indicatorId(),
                            "Dòng " + line.row() + ": chỉ tiêu này thuộc xã khác, không thuộc xã của tệp."));
                } else {
                    valid.add(value);
                }
            } catch (ValueRejectedException e) {
                errors.add(new LineError(line.row(), line.report().indicatorId(), "Dòng " + line.row() + ": " + e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        return new Result(store.appendAll(valid), List.of());
    }
}
