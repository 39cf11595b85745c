package org.meridian.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives below {@code /api/v1}. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {}
