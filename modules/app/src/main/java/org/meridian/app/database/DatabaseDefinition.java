package org.meridian.app.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the application's one data source; {@link ConfiguredDataSource} reads the settings. */
@DataSourceDefinition(
    name = "java:app/jdbc/meridian",
    className = "org.meridian.app.database.ConfiguredDataSource",
    minPoolSize = 1,
    initialPoolSize = 1,
    maxPoolSize = ConnectionUse.POOL_MAX,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class DatabaseDefinition {}
