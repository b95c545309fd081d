package com.tripavail.booking.api.payment;

import com.tripavail.booking.query.payment.PaymentQueries;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payment records for admins (the platform lets only ADMIN under {@code /api/admin/**}): provider,
 * provider transaction id, amount, status and refunds, for one booking or the latest ones.
 */
@RestController
@RequestMapping("/api/admin/payments")
@Validated
public class AdminPaymentController {

    private final PaymentQueries payments;

    public AdminPaymentController(PaymentQueries payments) {
        this.payments = payments;
    }

    @GetMapping
    public List<PaymentQueries.PaymentView> payments(@RequestParam(required = false) @Size(min = 1, max = 100)
                                                     String bookingId,
                                                     @RequestParam(defaultValue = "100") @Min(1) @Max(1000)
                                                     int limit) {
        return payments.payments(bookingId, limit);
    }
}
