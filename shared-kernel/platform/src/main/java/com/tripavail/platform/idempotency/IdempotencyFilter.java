package com.tripavail.platform.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import com.tripavail.platform.web.CachedBodyHttpServletRequest;
import com.tripavail.platform.web.ProblemResponseWriter;
import com.tripavail.platform.web.Problems;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Honours the {@code Idempotency-Key} header on POST/PUT/PATCH/DELETE requests under the configured paths.
 *
 * <p>The first request with a key claims it (an IN_PROGRESS row, inserted on its own, {@code ON CONFLICT DO
 * NOTHING}), runs, and stores its status, content type, {@code Location} and body. A repeat of the same request
 * (SHA-256 over method, path, query and body) gets the stored response again with {@code Idempotent-Replayed:
 * true} and the handler does not run; another request with the same key gets 422; a repeat while the first is
 * still running gets 409 with {@code Retry-After: 1}. A 5xx outcome releases the key so the client can retry.
 * Keys are per caller: the authenticated subject, or {@code anonymous}. This filter therefore runs after
 * Spring Security.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final String ANONYMOUS = "anonymous";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String IN_FLIGHT = IdempotencyFilter.class.getName() + ".IN_FLIGHT";
    private static final int MAX_KEY_LENGTH = 255;
    private static final int CLAIM_ATTEMPTS = 3;

    private final IdempotencyStore store;
    private final IdempotencyProperties properties;
    private final ProblemResponseWriter problemWriter;
    private final Clock clock;
    private final long maxBodyBytes;
    private final List<PathPattern> paths;
    private final JsonMapper json = JsonMapper.builder().build();

    public IdempotencyFilter(IdempotencyStore store, IdempotencyProperties properties,
            ProblemResponseWriter problemWriter, Clock clock, long maxBodyBytes) {
        this.store = store;
        this.properties = properties;
        this.problemWriter = problemWriter;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
        this.paths = properties.getPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    /** One claimed key, carried across an async dispatch. */
    private record InFlight(String caller, String key, ContentCachingResponseWrapper response) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!MUTATING.contains(request.getMethod())) {
            return true;
        }
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer path = PathContainer.parsePath(uri);
        return paths.stream().noneMatch(pattern -> pattern.matches(path));
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isAsyncDispatch(request)) {
            continueAsync(request, response, chain);
            return;
        }
        String key = request.getHeader(HEADER);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!isValidKey(key)) {
            problemWriter.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_IDEMPOTENCY_KEY,
                    "Invalid Idempotency-Key", "The " + HEADER + " header must be 1 to " + MAX_KEY_LENGTH
                            + " visible ASCII characters."));
            return;
        }
        CachedBodyHttpServletRequest cached;
        try {
            cached = CachedBodyHttpServletRequest.cache(request, maxBodyBytes);
        } catch (CachedBodyHttpServletRequest.BodyTooLargeException e) {
            problemWriter.write(request, response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE,
                    "Payload Too Large", "The request body is larger than the limit of " + maxBodyBytes + " bytes."));
            return;
        }
        String caller = caller();
        String hash = requestHash(cached);
        Instant now = clock.instant();
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            if (store.tryBegin(caller, key, hash, request.getMethod(), request.getRequestURI(), now,
                    now.plus(properties.getTtl()))) {
                execute(cached, response, chain, caller, key);
                return;
            }
            Optional<IdempotencyStore.StoredRecord> existing = store.find(caller, key);
            if (existing.isEmpty()) {
                continue; // released by a failed first request in the meantime: claim it again
            }
            IdempotencyStore.StoredRecord stored = existing.get();
            if (!stored.expiresAt().isAfter(now)) {
                store.deleteIfExpired(caller, key, now);
                continue;
            }
            if (!stored.requestHash().equals(hash)) {
                problemWriter.write(request, response, Problems.of(HttpStatus.UNPROCESSABLE_CONTENT,
                        Problems.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key Reused",
                        "This " + HEADER + " was already used for a different request. Use a new key for a new request."));
                return;
            }
            if (stored.inProgress() && stored.createdAt().plus(properties.getAbandonedAfter()).isBefore(now)) {
                store.releaseIfAbandoned(caller, key, now.minus(properties.getAbandonedAfter()));
                continue;
            }
            if (stored.inProgress()) {
                inProgress(request, response);
                return;
            }
            replay(stored, response);
            return;
        }
        inProgress(request, response);
    }

    private void execute(CachedBodyHttpServletRequest request, HttpServletResponse response, FilterChain chain,
            String caller, String key) throws ServletException, IOException {
        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        request.setAttribute(IN_FLIGHT, new InFlight(caller, key, wrapped));
        boolean handled = false;
        try {
            chain.doFilter(request, wrapped);
            handled = true;
        } finally {
            if (!handled) {
                release(caller, key);
            }
        }
        if (!request.isAsyncStarted()) {
            finish(caller, key, wrapped);
        }
    }

    private void continueAsync(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        InFlight inFlight = (InFlight) request.getAttribute(IN_FLIGHT);
        if (inFlight == null) {
            chain.doFilter(request, response);
            return;
        }
        boolean handled = false;
        try {
            chain.doFilter(request, response);
            handled = true;
        } finally {
            if (!handled) {
                release(inFlight.caller(), inFlight.key());
            }
        }
        if (!request.isAsyncStarted()) {
            finish(inFlight.caller(), inFlight.key(), inFlight.response());
        }
    }

    /** Stores the outcome (or releases the key on a 5xx), then sends the response. */
    private void finish(String caller, String key, ContentCachingResponseWrapper response) throws IOException {
        int status = response.getStatus();
        if (status >= 500) {
            release(caller, key);
        } else {
            try {
                store.complete(caller, key, status, headersJson(response), response.getContentAsByteArray());
            } catch (RuntimeException e) {
                log.warn("Could not store the outcome of {} {}; releasing the key", HEADER, key, e);
                release(caller, key);
            }
        }
        response.copyBodyToResponse();
    }

    private void release(String caller, String key) {
        try {
            store.release(caller, key);
        } catch (RuntimeException e) {
            log.error("Could not release {} {} of {}; it stays claimed until it expires", HEADER, key, caller, e);
        }
    }

    private void replay(IdempotencyStore.StoredRecord stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.responseStatus());
        if (stored.responseHeadersJson() != null) {
            Map<String, String> headers = json.readValue(stored.responseHeadersJson(), new TypeReference<Map<String, String>>() {
            });
            headers.forEach((name, value) -> {
                if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                    response.setContentType(value);
                } else {
                    response.setHeader(name, value);
                }
            });
        }
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] body = stored.responseBody() == null ? new byte[0] : stored.responseBody();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private void inProgress(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, Problems.IDEMPOTENT_REQUEST_IN_PROGRESS,
                "Request In Progress", "A request with this " + HEADER + " is still being processed. Retry shortly.");
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        problemWriter.write(request, response, problem);
    }

    private String headersJson(ContentCachingResponseWrapper response) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (response.getContentType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, response.getContentType());
        }
        String location = response.getHeader(HttpHeaders.LOCATION);
        if (location != null) {
            headers.put(HttpHeaders.LOCATION, location);
        }
        return json.writeValueAsString(headers);
    }

    static boolean isValidKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken || authentication.getName() == null) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }

    static String requestHash(CachedBodyHttpServletRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            if (request.getQueryString() != null) {
                digest.update(request.getQueryString().getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) '\n');
            digest.update(request.body());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
