package org.meridian.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.meridian.tenancy.token.ApiScope;

/**
 * Marks a resource method that needs an API token of the office in its {@code {code}} path
 * parameter, with at least the given scope. {@link ApiTokenFilter} checks it; every other endpoint
 * stays anonymous.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresToken {
  ApiScope value() default ApiScope.READ;
}
