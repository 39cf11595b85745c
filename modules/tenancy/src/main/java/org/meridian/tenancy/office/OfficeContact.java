package org.meridian.tenancy.office;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;

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
      throw new IllegalArgumentException("'" + email + "' is not an e-mail address");
    }
    if (this.phone != null && !PHONE.matcher(this.phone).matches()) {
      throw new IllegalArgumentException(
          "A telephone number is digits with an optional leading +, spaces, dots, dashes or"
              + " brackets: got '"
              + phone
              + "'");
    }
    if (this.postalAddress != null && this.postalAddress.length() > 500) {
      throw new IllegalArgumentException("A postal address has at most 500 characters");
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
