package org.meridian.tenancy.office;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;

/** How the public reaches an office: e-mail, telephone and postal address, each optional. */
@Embeddable
public class OfficeContact implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,30}");

  @Column(name = "contact_email", length = 254)
  private String email;

  @Column(name = "contact_phone", length = 40)
  private String phone;

  @Column(name = "postal_address", length = 500)
  private String postalAddress;

  protected OfficeContact() {}

  public OfficeContact(String email, String phone, String postalAddress) {
    this.email = blankToNull(email);
    this.phone = blankToNull(phone);
    this.postalAddress = blankToNull(postalAddress);
    if (this.email != null && !EMAIL.matcher(this.email).matches()) {
      throw new RefusedArgumentException(
          Refusal.of("office.not_an_email_0", "'{0}' is not an e-mail address", email));
    }
    if (this.phone != null && !PHONE.matcher(this.phone).matches()) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.phone_shape_0",
              "A telephone number is digits with an optional leading +, spaces, dots, dashes or"
                  + " brackets: got '{0}'",
              phone));
    }
    if (this.postalAddress != null && this.postalAddress.length() > 500) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.postal_address_at_most_0",
              "A postal address has at most {0} characters",
              500));
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  public String postalAddress() {
    return postalAddress;
  }
}
