package vn.troly.channels.values;

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
import vn.troly.channels.web.AdminAuth;
import vn.troly.channels.web.ApiException;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.values.ProgressCalculator;
import vn.troly.knowledge.values.ValueImport;
import vn.troly.knowledge.values.ValueRejectedException;
import vn.troly.knowledge.values.ValueSheet;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

/** Reporting many values at once: an Excel template to fill, and Excel or CSV uploads stored all or nothing. */
@Controller("/api/communes/{id}")
public class SheetController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PlanLibrary library;
    private final ValueSheet sheet;
    private final ValueImport importer;
    private final ProgressCalculator calculator;
    private final AdminAuth auth;
    private final Clock clock;

    public SheetController(PlanLibrary library, ValueSheet sheet, ValueImport importer, ProgressCalculator calculator,
                           AdminAuth auth, Clock clock) {
        this.library = library;
        this.sheet = sheet;
        this.importer = importer;
        this.calculator = calculator;
        this.auth = auth;
        this.clock = clock;
    }

    @Get(value = "/template.xlsx", produces = XLSX)
    public HttpResponse<byte[]> template(@PathVariable String id) {
        Commune commune = commune(id);
        byte[] body = sheet.template(commune.name(), library.indicators(id), calculator, LocalDate.now(clock));
        return HttpResponse.ok(body).contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"bao-cao-so-lieu-" + id + ".xlsx\"");
    }

    @Post(value = "/values.xlsx", consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<ValueImport.Result> uploadXlsx(HttpRequest<?> request, @PathVariable String id,
                                                       @Part("file") CompletedFileUpload file) {
        auth.requireAdmin(request);
        commune(id);
        try {
            return result(importer.importLines(sheet.readXlsx(file.getBytes(), "admin"), id));
        } catch (ValueRejectedException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "upload_failed", "Không nhận được tệp tải lên, vui lòng thử lại.");
        }
    }

    @Post(value = "/values.csv", consumes = {"text/csv", MediaType.TEXT_PLAIN})
    public HttpResponse<ValueImport.Result> uploadCsv(HttpRequest<?> request, @PathVariable String id,
                                                      @io.micronaut.http.annotation.Body byte[] body) {
        auth.requireAdmin(request);
        commune(id);
        try {
            return result(importer.importLines(sheet.readCsv(body, "admin"), id));
        } catch (ValueRejectedException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
        }
    }

    private static HttpResponse<ValueImport.Result> result(ValueImport.Result result) {
        return result.accepted() ? HttpResponse.created(result) : HttpResponse.<ValueImport.Result>badRequest().body(result);
    }

    private Commune commune(String id) {
        return library.commune(id).orElseThrow(() -> ApiException.unknownCommune(id));
    }
}
