package com.tripavail.onboarding.command.login;

import com.tripavail.onboarding.event.ContactChannel;

import com.tripavail.onboarding.event.ContactChannel;
import com.tripavail.platform.web.BadRequestException;
import java.util.Locale;
import java.util.regex.Pattern;

/** An email or phone to log in with, normalised: emails lower-cased, phones in E.164. */
public record Contact(ContactChannel channel, String value) {

    /** No control characters: PostgreSQL text cannot even compare a NUL. */
    private static final Pattern EMAIL =
            Pattern.compile("^[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

    /** Exactly one of the two must be given. */
    public static Contact of(String email, String phone) {
        boolean hasEmail = email != null && !email.isBlank();
        boolean hasPhone = phone != null && !phone.isBlank();
        if (hasEmail == hasPhone) {
            throw new BadRequestException("give either an email or a phone");
        }
        if (hasEmail) {
            String normalised = email.strip().toLowerCase(Locale.ROOT);
            if (normalised.length() > 254 || !EMAIL.matcher(normalised).matches()) {
                throw new BadRequestException("email is not a valid address");
            }
            return new Contact(ContactChannel.EMAIL, normalised);
        }
        String normalised = phone.replaceAll("[\\s()-]", "");
        if (!PHONE.matcher(normalised).matches()) {
            throw new BadRequestException("phone must be in international format, e.g. +919812345678");
        }
        return new Contact(ContactChannel.PHONE, normalised);
    }
}
