package org.meridian.tenancy.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/**
 * Sends through the configured SMTP server with Jakarta Mail (the implementation Payara Micro
 * ships). Every wait — connecting, each answer, each write — is bounded by the configured timeout,
 * so a server that accepts connections and never answers costs one attempt, not a stuck sender.
 */
final class SmtpTransport implements MailTransport {

  private final MailSettings settings;
  private final Session session;
  private final Clock clock;

  SmtpTransport(MailSettings settings, Clock clock) {
    this.clock = clock;
    this.settings = settings;
    String millis = Long.toString(settings.timeout().toMillis());
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", settings.host().orElseThrow());
    properties.put("mail.smtp.port", Integer.toString(settings.port()));
    properties.put("mail.smtp.connectiontimeout", millis);
    properties.put("mail.smtp.timeout", millis);
    properties.put("mail.smtp.writetimeout", millis);
    properties.put("mail.smtp.from", settings.from());
    if (settings.startTls()) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    if (settings.user().isPresent()) {
      properties.put("mail.smtp.auth", "true");
    }
    this.session = Session.getInstance(properties);
  }

  @Override
  public void send(String recipient, String subject, String body) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(settings.from(), true));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(body, StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(clock.instant()));
    if (settings.user().isPresent()) {
      Transport.send(message, settings.user().get(), settings.password());
    } else {
      Transport.send(message);
    }
  }
}
