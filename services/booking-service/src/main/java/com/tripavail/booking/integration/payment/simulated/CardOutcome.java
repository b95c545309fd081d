package com.tripavail.booking.integration.payment.simulated;

/**
 * What the simulated provider does with a card number, after the test cards of real providers:
 * {@code 4000000000000002} is declined ({@code card_declined}), {@code 4000000000009995} is declined
 * for {@code insufficient_funds}, any other number of 12 to 19 digits that passes the Luhn check
 * ({@code 4242424242424242}, say) succeeds, and anything else is not a card number at all.
 */
enum CardOutcome {
    SUCCEEDS(null),
    DECLINED("card_declined"),
    INSUFFICIENT_FUNDS("insufficient_funds"),
    INVALID_NUMBER(null);

    static final String DECLINED_CARD = "4000000000000002";
    static final String INSUFFICIENT_FUNDS_CARD = "4000000000009995";

    private final String failureReason;

    CardOutcome(String failureReason) {
        this.failureReason = failureReason;
    }

    /** The provider's failure code of a declined card, null otherwise. */
    String failureReason() {
        return failureReason;
    }

    static CardOutcome of(String digits) {
        if (!passesLuhn(digits)) {
            return INVALID_NUMBER;
        }
        return switch (digits) {
            case DECLINED_CARD -> DECLINED;
            case INSUFFICIENT_FUNDS_CARD -> INSUFFICIENT_FUNDS;
            default -> SUCCEEDS;
        };
    }

    /** The Luhn (mod 10) check digit test every card number passes. */
    static boolean passesLuhn(String digits) {
        if (digits == null || digits.length() < 12 || digits.length() > 19
                || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
