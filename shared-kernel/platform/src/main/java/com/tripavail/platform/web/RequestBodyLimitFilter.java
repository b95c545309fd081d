package com.tripavail.platform.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code tripavail.web.max-request-bytes} with a 413 problem: at once
 * when {@code Content-Length} says so, otherwise (chunked bodies) by counting while reading. An accepted
 * body is passed on in memory ({@link CachedBodyHttpServletRequest}), so later filters can read it twice.
 * Form and multipart bodies are left to the servlet container's own limits.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final WebPlatformProperties properties;
    private final ProblemResponseWriter problemWriter;

    public RequestBodyLimitFilter(WebPlatformProperties properties, ProblemResponseWriter problemWriter) {
        this.properties = properties;
        this.problemWriter = problemWriter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long maxBytes = properties.getMaxRequestBytes().toBytes();
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(request, response, maxBytes);
            return;
        }
        if (!hasBody(request) || isFormOrMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = CachedBodyHttpServletRequest.readLimited(request.getInputStream(), maxBytes);
        } catch (CachedBodyHttpServletRequest.BodyTooLargeException e) {
            tooLarge(request, response, maxBytes);
            return;
        }
        chain.doFilter(CachedBodyHttpServletRequest.of(request, body), response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, long maxBytes) throws IOException {
        ProblemDetail problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE, "Payload Too Large",
                "The request body is larger than the limit of " + maxBytes + " bytes.");
        problem.setProperties(Map.of("maxBytes", maxBytes));
        response.setHeader(HttpHeaders.CONNECTION, "close");
        problemWriter.write(request, response, problem);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private static boolean isFormOrMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return false;
        }
        try {
            MediaType mediaType = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_FORM_URLENCODED.includes(mediaType) || "multipart".equalsIgnoreCase(mediaType.getType());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
