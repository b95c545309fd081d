package com.tripavail.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat refuses some requests before Spring sees them (an encoded NUL or a malformed
 * path, say) and would answer with its HTML error page. This valve answers those as RFC
 * 7807 problems like every other error. Errors Spring handles already have a body and
 * are left alone.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String slug = status == 400 ? Problems.BAD_REQUEST : status == 404 ? Problems.NOT_FOUND
                : status >= 500 ? Problems.INTERNAL_ERROR : Problems.BAD_REQUEST;
        String title = org.springframework.http.HttpStatus.resolve(status) == null ? "Error"
                : org.springframework.http.HttpStatus.resolve(status).getReasonPhrase();
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("type", Problems.TYPE_BASE + slug);
                problem.put("title", title);
                problem.put("status", status);
                problem.put("detail", "the request could not be read");
                problem.put("instance", request.getRequestURI());
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response already started: nothing more to say
        }
    }
}
