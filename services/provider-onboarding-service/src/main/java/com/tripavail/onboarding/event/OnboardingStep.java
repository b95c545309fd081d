package com.tripavail.onboarding.event;

import java.util.List;

/**
 * The onboarding checklist: every step must be completed, with the details it names,
 * before a provider can submit for verification. A step can be completed again (to
 * correct it) until submission. Details are references and summaries, never secrets:
 * payout details name a token from the payment provider, not an account number.
 */
public enum OnboardingStep {
    BUSINESS_DETAILS(List.of("legalName", "registrationNumber", "addressLine", "city", "country")),
    CONTACT_DETAILS(List.of("contactName", "contactEmail", "contactPhone")),
    IDENTITY_VERIFICATION(List.of("documentType", "documentReference")),
    LICENSE(List.of("licenseNumber", "issuingAuthority")),
    PAYOUT_DETAILS(List.of("payoutMethod", "payoutAccountReference")),
    TERMS_ACCEPTED(List.of("termsVersion"));

    private final List<String> requiredDetails;

    OnboardingStep(List<String> requiredDetails) {
        this.requiredDetails = requiredDetails;
    }

    public List<String> requiredDetails() {
        return requiredDetails;
    }
}
