package com.tripavail.platform.web.testapp;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.tripavail.platform.idempotency.IdempotencyKeyRequired;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.security.CurrentUserAccessor;
import com.tripavail.platform.web.BadRequestException;
import com.tripavail.platform.web.ConflictException;
import com.tripavail.platform.web.ForbiddenException;
import com.tripavail.platform.web.NotFoundException;
import com.tripavail.platform.web.TooManyRequestsException;
import com.tripavail.platform.web.UnprocessableException;

/** Endpoints the platform tests call. */
public final class TestControllers {

    private TestControllers() {
    }

    public enum Kind { HOTEL, TOUR }

    public record Guest(@NotBlank String name) {
    }

    public record CreateItem(@NotBlank String name, @Min(1) int quantity, @NotNull Kind kind, LocalDate startDate,
            @Size(max = 3) List<@Valid Guest> guests) {
    }

    /** Validation and binding. */
    @RestController
    @RequestMapping("/api/test/items")
    public static class ItemController {

        @PostMapping
        public ResponseEntity<Map<String, Object>> create(@Valid @RequestBody CreateItem item) {
            return ResponseEntity.created(URI.create("/api/test/items/1")).body(Map.of("id", 1, "name", item.name()));
        }

        @GetMapping("/{id}")
        public Map<String, Object> get(@PathVariable long id) {
            return Map.of("id", id);
        }

        @GetMapping
        public Map<String, Object> list(@RequestParam @Min(1) int page, @RequestParam(required = false) Kind kind) {
            return Map.of("page", page);
        }
    }

    /** Each exception a service may throw. */
    @RestController
    @RequestMapping("/api/test/errors")
    public static class ErrorController {

        @GetMapping("/send-error")
        public void sendError(HttpServletResponse response) throws IOException {
            response.sendError(503);
        }

        @GetMapping("/{kind}")
        public String fail(@PathVariable String kind) {
            switch (kind) {
                case "not-found" -> throw NotFoundException.of("Booking", "b-1");
                case "conflict" -> throw new ConflictException("Booking b-1 cannot be confirmed now", "EXPIRED_HOLD");
                case "forbidden" -> throw new ForbiddenException("Not your booking");
                case "bad-request" -> throw new BadRequestException("checkOut must be after checkIn");
                case "too-many" -> throw new TooManyRequestsException("Too many OTP requests", Duration.ofSeconds(30));
                case "unprocessable" -> throw new UnprocessableException("Listing is sold out for these nights");
                default -> throw new IllegalStateException("secret internal detail: password=hunter2");
            }
        }
    }

    /** Idempotency: counts how often each handler really ran, per {@code ref}. */
    @RestController
    @RequestMapping("/api/test/idem")
    public static class IdempotentController {

        public static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();
        public static volatile CountDownLatch entered = new CountDownLatch(1);
        public static volatile CountDownLatch release = new CountDownLatch(1);

        public record Order(@NotBlank String ref, int amount) {
        }

        public static int runs(String ref) {
            AtomicInteger runs = RUNS.get(ref);
            return runs == null ? 0 : runs.get();
        }

        private static int run(String ref) {
            return RUNS.computeIfAbsent(ref, r -> new AtomicInteger()).incrementAndGet();
        }

        @PostMapping("/orders")
        public ResponseEntity<Map<String, Object>> create(@Valid @RequestBody Order order) {
            int run = run(order.ref());
            return ResponseEntity.created(URI.create("/api/test/idem/orders/" + order.ref() + "-" + run))
                    .body(Map.of("ref", order.ref(), "run", run, "amount", order.amount()));
        }

        @PostMapping("/slow")
        public ResponseEntity<Map<String, Object>> slow(@RequestBody Order order) throws InterruptedException {
            int run = run(order.ref());
            entered.countDown();
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test never released the handler");
            }
            return ResponseEntity.status(201).body(Map.of("ref", order.ref(), "run", run));
        }

        @PostMapping("/failing")
        public Map<String, Object> failing(@RequestBody Order order) {
            int run = run(order.ref());
            if (run == 1) {
                throw new IllegalStateException("first attempt fails");
            }
            return Map.of("ref", order.ref(), "run", run);
        }

        @PostMapping("/async")
        public CompletableFuture<ResponseEntity<Map<String, Object>>> async(@RequestBody Order order) {
            return CompletableFuture.supplyAsync(() -> {
                int run = run(order.ref());
                return ResponseEntity.accepted().body(Map.of("ref", order.ref(), "run", run));
            });
        }

        @IdempotencyKeyRequired
        @DeleteMapping("/required/{ref}")
        public ResponseEntity<Void> required(@PathVariable String ref) {
            run(ref);
            return ResponseEntity.noContent().build();
        }
    }

    /** Security. */
    @RestController
    public static class SecuredController {

        private final CurrentUserAccessor currentUser;

        public SecuredController(CurrentUserAccessor currentUser) {
            this.currentUser = currentUser;
        }

        @GetMapping("/api/test/me")
        public Map<String, Object> me(CurrentUser user) {
            return Map.of("userId", user.userId(), "roles", user.roles().stream().map(Enum::name).sorted().toList(),
                    "admin", user.isAdmin(), "accessorUserId", currentUser.require().userId());
        }

        @GetMapping("/api/admin/test")
        public Map<String, Object> admin(CurrentUser user) {
            return Map.of("admin", user.userId());
        }

        @GetMapping("/api/test/thread")
        public Map<String, Object> thread() {
            return Map.of("virtual", Thread.currentThread().isVirtual());
        }
    }
}
