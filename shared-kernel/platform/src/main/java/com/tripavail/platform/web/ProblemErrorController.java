package com.tripavail.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page ({@code /error}) as a problem, replacing Spring Boot's
 * {@code BasicErrorController}: errors raised outside Spring MVC (a filter, {@code sendError}) look like
 * every other error. A 5xx never shows the exception.
 */
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = path instanceof String value ? value : request.getRequestURI();
        String detail;
        if (status.is5xxServerError()) {
            Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            if (error instanceof Throwable throwable) {
                log.error("Unhandled error on {}", uri, throwable);
            }
            detail = "An unexpected error occurred. It has been logged.";
        } else if (status == HttpStatus.NOT_FOUND) {
            detail = "No resource at " + uri + ".";
        } else {
            detail = status.getReasonPhrase() + ".";
        }
        ProblemDetail problem = Problems.of(status, Problems.slugFor(status.value()), status.getReasonPhrase(), detail);
        problem.setInstance(Problems.instance(uri));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
