package vn.troly.channels.plans;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import vn.troly.channels.identity.Access;
import vn.troly.channels.uploads.UploadGate;
import vn.troly.channels.uploads.UploadRefusal;
import vn.troly.channels.web.ApiException;
import vn.troly.channels.web.Field;
import vn.troly.knowledge.files.OversizeFileException;
import vn.troly.channels.web.CommuneController;
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
@ExecuteOn(TaskExecutors.BLOCKING)
@Controller("/api/plans")
public class PlanController {

    private final PlanLibrary library;
    private final Access access;
    private final SharedPlans shared;
    private final PlanSizeCheck sizes;
    private final UploadGate gate;

    public PlanController(PlanLibrary library, Access access, SharedPlans shared, PlanSizeCheck sizes, UploadGate gate) {
        this.sizes = sizes;
        this.gate = gate;
        this.library = library;
        this.access = access;
        this.shared = shared;
    }

    /**
     * Only admins add plans: a plan decides what every official and citizen of the commune is told. The field
     * {@code province} places the commune in a province when the plan names none, or another one.
     */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<CommuneController.PlanSummary> upload(HttpRequest<?> request, @Part("file") CompletedFileUpload file,
                                                              @Part("province") @Nullable String province) {
        String admin = access.requireAdmin(request).reporter();
        Field.FILE_NAME.check(file.getFilename());
        if (province != null) {
            Field.PROVINCE.check(province);
        }
        try (UploadGate.Permit permit = gate.enter()) {
            byte[] content = file.getBytes();
            sizes.check(file.getFilename(), content);
            Plan plan = library.ingest(file.getFilename(), content, province);
            shared.add(file.getFilename(), content, admin, province);
            return HttpResponse.created(CommuneController.PlanSummary.of(plan));
        } catch (PlanParseException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_plan", e.getMessage());
        } catch (OversizeFileException e) {
            throw UploadRefusal.of(e);
        } catch (IOException e) {
            throw ApiException.of(HttpStatus.BAD_REQUEST, "upload_failed", "upload_failed");
        }
    }
}
