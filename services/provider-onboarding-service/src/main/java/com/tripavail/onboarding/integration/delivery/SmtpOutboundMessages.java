package com.tripavail.onboarding.integration.delivery;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends through an SMTP server ({@code spring.mail.*}). Phone numbers go to an
 * email-to-SMS gateway domain when one is configured.
 */
public class SmtpOutboundMessages implements OutboundMessages {

    private final JavaMailSender mail;
    private final String from;
    private final String smsGatewayDomain;

    public SmtpOutboundMessages(JavaMailSender mail, String from, String smsGatewayDomain) {
        this.mail = mail;
        this.from = from;
        this.smsGatewayDomain = smsGatewayDomain;
    }

    @Override
    public void send(String to, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(addressFor(to));
        message.setSubject(subject);
        message.setText(body);
        mail.send(message);
    }

    private String addressFor(String to) {
        if (!to.startsWith("+")) {
            return to;
        }
        if (smsGatewayDomain == null || smsGatewayDomain.isBlank()) {
            throw new IllegalStateException("no SMS gateway configured (tripavail.onboarding.delivery.sms-gateway-domain)");
        }
        return to.substring(1) + "@" + smsGatewayDomain;
    }
}
