package com.tripavail.onboarding.api;

import com.tripavail.onboarding.command.login.Contact;
import com.tripavail.onboarding.command.login.OtpLogin;
import com.tripavail.onboarding.command.login.OtpLogin.LoggedIn;
import com.tripavail.onboarding.command.login.OtpLogin.SentCode;
import com.tripavail.onboarding.command.login.SigningKeys;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** OTP login and the public keys that verify the tokens it issues. */
@RestController
public class AuthController {

    public record OtpRequest(@Size(max = 254) String email, @Size(max = 32) String phone) {
    }

    public record OtpVerifyRequest(@Size(max = 254) String email, @Size(max = 32) String phone,
                                   @NotBlank @Pattern(regexp = "\\d{6}", message = "must be 6 digits") String code) {
    }

    private final OtpLogin login;
    private final SigningKeys keys;

    public AuthController(OtpLogin login, SigningKeys keys) {
        this.login = login;
        this.keys = keys;
    }

    @PostMapping("/api/auth/otp")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public SentCode sendCode(@Valid @RequestBody OtpRequest request) {
        return login.sendCode(Contact.of(request.email(), request.phone()));
    }

    @PostMapping("/api/auth/otp/verify")
    public LoggedIn verify(@Valid @RequestBody OtpVerifyRequest request) {
        return login.verify(Contact.of(request.email(), request.phone()), request.code());
    }

    @GetMapping(value = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> jwks() {
        return keys.publicJwks().toJSONObject(true);
    }
}
