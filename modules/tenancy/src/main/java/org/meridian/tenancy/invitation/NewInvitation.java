package org.meridian.tenancy.invitation;

import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.people.Role;

/**
 * An invitation as an administrator fills it in. The name and language are used only when the
 * address has no account yet; an existing account keeps its own.
 */
public record NewInvitation(String email, String name, LanguageTag language, Role role) {}
