package com.tripavail.platform.axon.testapp;

import com.tripavail.platform.axon.testapp.CounterApi.IncrementCounterCommand;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An HTTP entry, so a test can follow the traceparent from the request to the Kafka header. */
@RestController
public class CounterController {

    private final CommandGateway commands;

    public CounterController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/test/counters/{counterId}/increments")
    public Map<String, String> increment(@PathVariable String counterId, @RequestParam int amount,
                                         @RequestParam String label) {
        commands.sendAndWait(new IncrementCounterCommand(counterId, amount, label));
        return Map.of("counterId", counterId);
    }
}
