package com.tripavail.onboarding.command.login;

import com.tripavail.platform.web.PlatformException;
import org.springframework.http.HttpStatus;

/** 401: the login code is wrong, expired or already used. */
public class LoginRefusedException extends PlatformException {

    public LoginRefusedException(String detail) {
        super(HttpStatus.UNAUTHORIZED, "login-refused", detail);
    }
}
