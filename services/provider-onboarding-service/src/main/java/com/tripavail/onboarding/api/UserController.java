package com.tripavail.onboarding.api;

import com.tripavail.onboarding.query.UserAccountQueries;
import com.tripavail.onboarding.query.UserAccountView;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class UserController {

    private final UserAccountQueries users;

    public UserController(UserAccountQueries users) {
        this.users = users;
    }

    @GetMapping("/api/users/me")
    public UserAccountView me(CurrentUser user) {
        return users.find(user.userId()).orElseThrow(() -> new NotFoundException("no user " + user.userId()));
    }
}
