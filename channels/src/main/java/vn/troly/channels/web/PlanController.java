package vn.troly.channels.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import vn.troly.channels.identity.Access;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.PlanParseException;

import java.io.IOException;

/** Adding a commune's plan. */
@Controller("/api/plans")
public class PlanController {

    private final PlanLibrary library;
    private final Access access;

    public PlanController(PlanLibrary library, Access access) {
        this.library = library;
        this.access = access;
    }

    /** Only admins add plans: a plan decides what every official and citizen of the commune is told. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<CommuneController.PlanSummary> upload(HttpRequest<?> request, @Part("file") CompletedFileUpload file) {
        access.requireAdmin(request);
        try {
            Plan plan = library.ingest(file.getFilename(), file.getBytes());
            return HttpResponse.created(CommuneController.PlanSummary.of(plan));
        } catch (PlanParseException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_plan", e.getMessage());
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "upload_failed", "Không nhận được tệp tải lên, vui lòng thử lại.");
        }
    }
}
