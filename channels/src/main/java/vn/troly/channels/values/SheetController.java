package vn.troly.channels.values;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.channels.identity.Access;
import vn.troly.channels.uploads.UploadGate;
import vn.troly.channels.uploads.UploadLimits;
import vn.troly.channels.uploads.UploadRefusal;
import vn.troly.channels.web.ApiException;
import vn.troly.channels.web.Field;
import vn.troly.channels.web.NamedCommune;
import vn.troly.knowledge.files.OversizeFileException;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.values.ValueImport;
import vn.troly.knowledge.values.ValueRejectedException;
import vn.troly.knowledge.values.ValueSheet;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import io.micronaut.http.annotation.Body;
import java.util.List;
import java.util.Optional;

/** Reporting many values at once: an Excel template to fill, and Excel or CSV uploads stored all or nothing. */
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/communes/{id}")
public class SheetController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanLibrary library;
    private final ValueSheet sheet;
    private final ValueImport importer;
    private final Access auth;
    private final Clock clock;
    private final UploadLimits limits;
    private final UploadGate gate;
    @SuppressWarnings("unchecked")
    private final List<String> guide = (List<String>) Prompts.yaml("sheet.yml").get("guide");

    public SheetController(PlanLibrary library, ValueSheet sheet, ValueImport importer,
                           Access auth, Clock clock, UploadLimits limits, UploadGate gate) {
        this.limits = limits;
        this.gate = gate;
        this.library = library;
        this.sheet = sheet;
        this.importer = importer;
        this.auth = auth;
        this.clock = clock;
    }

    @Get(value = "/template.xlsx", produces = XLSX)
    public HttpResponse<byte[]> template(@PathVariable String id) {
        Commune commune = NamedCommune.require(library, id);
        byte[] body = sheet.template(commune.name(), library.indicators(commune.id()), LocalDate.now(clock), guide);
        // "ninh-binh/vinh-tru" → "ninh-binh-vinh-tru": a file name has no folders
        return HttpResponse.ok(body).contentType(XLSX).header("Content-Disposition",
                "attachment; filename=\"bao-cao-so-lieu-" + commune.id().replace('/', '-') + ".xlsx\"");
    }

    @Post(value = "/values.xlsx", consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<ValueImport.Result> uploadXlsx(HttpRequest<?> request, @PathVariable String id,
                                                       @Part("file") CompletedFileUpload file) {
        String communeId = NamedCommune.require(library, id).id();
        String reporter = auth.requireReader(request, communeId).reporter();
        try (UploadGate.Permit permit = gate.enter()) {
            return result(importer.importLines(permitted(request, sheet.readXlsx(file.getBytes(), reporter,
                    limits.sheetRows(library.indicators(communeId).size()), limits.zip())), communeId));
        } catch (ValueRejectedException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
        } catch (OversizeFileException e) {
            throw UploadRefusal.of(e);
        } catch (IOException e) {
            throw ApiException.of(HttpStatus.BAD_REQUEST, "upload_failed", "upload_failed");
        }
    }

    @Post(value = "/values.csv", consumes = {"text/csv", MediaType.TEXT_PLAIN})
    public HttpResponse<ValueImport.Result> uploadCsv(HttpRequest<?> request, @PathVariable String id,
                                                      @Body byte[] body) {
        String communeId = NamedCommune.require(library, id).id();
        String reporter = auth.requireReader(request, communeId).reporter();
        try (UploadGate.Permit permit = gate.enter()) {
            return result(importer.importLines(permitted(request, sheet.readCsv(body, reporter,
                    limits.sheetRows(library.indicators(communeId).size()))), communeId));
        } catch (ValueRejectedException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
        } catch (OversizeFileException e) {
            throw UploadRefusal.of(e);
        }
    }

    /** The whole sheet is refused when one row is an indicator the caller may not report: nothing is half-stored. */
    private List<ValueSheet.Line> permitted(HttpRequest<?> request, List<ValueSheet.Line> lines) {
        for (ValueSheet.Line line : lines) {
            Field.VALUE_TEXT.check(line.report().value());
            Field.AS_OF.check(line.report().asOf());
            Field.SOURCE.check(line.report().source());
            Field.NOTE.check(line.report().note());
        }
        auth.requireReporter(request, lines.stream().map(l -> library.indicator(l.report().indicatorId()))
                .flatMap(Optional::stream).toList());
        return lines;
    }

    private static HttpResponse<ValueImport.Result> result(ValueImport.Result result) {
        return result.accepted() ? HttpResponse.created(result) : HttpResponse.<ValueImport.Result>badRequest().body(result);
    }
}
