package vn.troly.channels.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;

/** The cheapest answer the server gives: for load balancers' probes and as the load benchmark's baseline. */
@Controller("/ping")
public class PingController {

    @Get
    @Produces(MediaType.TEXT_PLAIN)
    public String ping() {
        return "ok";
    }
}
