package org.meridian.app.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.meridian.tenancy.people.AccountIdentityStore;

/**
 * The console's sign-in: a form, checked against Meridian's accounts by {@link
 * AccountIdentityStore}. Public pages and the API do not use it.
 */
@FormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(
            loginPage = "/admin/login.xhtml",
            errorPage = "/admin/login.xhtml?failed=true",
            useForwardToLogin = false))
@DeclareRoles(AccountIdentityStore.STAFF)
@ApplicationScoped
public class ConsoleSignIn {}
