package com.tripavail.platform.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admission control for {@code /api/**}: at most {@code tripavail.web.admission.max-concurrent}
 * requests at work at once. One that gets no slot within {@code queue-wait} is answered 503 with
 * {@code Retry-After} at once and changes nothing, instead of queueing behind the others until
 * every request in the service times out (what an overloaded service did before). A request that
 * waits for a read model to change ({@link #stepAside()}) gives its slot back first: it does no
 * work while it sleeps. Health, metrics and API docs are outside {@code /api} and never refused.
 */
public class RequestAdmission extends OncePerRequestFilter {

    private static final ThreadLocal<Runnable> CURRENT_SLOT = new ThreadLocal<>();

    private final boolean enabled;
    private final Semaphore slots;
    private final Duration queueWait;
    private final ProblemResponseWriter problemWriter;

    public RequestAdmission(int maxConcurrent, Duration queueWait, ProblemResponseWriter problemWriter) {
        this.enabled = maxConcurrent > 0;
        this.slots = new Semaphore(Math.max(0, maxConcurrent), true);
        this.queueWait = queueWait;
        this.problemWriter = problemWriter;
    }

    /** Gives the current request's slot back before it waits without working; harmless outside a request. */
    public static void stepAside() {
        Runnable release = CURRENT_SLOT.get();
        if (release != null) {
            CURRENT_SLOT.remove();
            release.run();
        }
    }

    /** Slots free now. */
    public int available() {
        return slots.availablePermits();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!enabled) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/api") || path.startsWith("/api/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = slots.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            refuse(request, response);
            return;
        }
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                slots.release();
            }
        };
        CURRENT_SLOT.set(release);
        try {
            chain.doFilter(request, response);
        } finally {
            CURRENT_SLOT.remove();
            release.run();
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.SERVICE_UNAVAILABLE,
                "Service Unavailable", "The service is at capacity; nothing was done. Retry shortly.");
        problem.setProperties(Map.of("retryAfterSeconds", 1));
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        problemWriter.write(request, response, problem);
    }
}
