package com.tripavail.onboarding.api;

import com.tripavail.onboarding.integration.delivery.DevMailbox;
import com.tripavail.onboarding.integration.delivery.DevMailbox.Message;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The local stack's mailbox: login codes "sent" to a user. Exists only with the dev mailbox. */
@RestController
@Validated
@ConditionalOnProperty(name = "tripavail.onboarding.delivery.mode", havingValue = "DEV_MAILBOX")
public class DevMailboxController {

    private final DevMailbox mailbox;

    public DevMailboxController(DevMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/api/dev/messages")
    public List<Message> messages(@RequestParam @NotBlank String to,
                                  @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
        return mailbox.messagesTo(to.strip(), limit);
    }
}
