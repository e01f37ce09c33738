using EmulationPortal.Application.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationPortal.Application.Data;

public static class DatabaseRegistration
{
    public const string SqliteMigrationsAssembly = "EmulationPortal.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "EmulationPortal.Migrations.SqlServer";
    public const string PostgresMigrationsAssembly = "EmulationPortal.Migrations.Postgres";

    /// <summary>
    /// Registers <see cref="IDbContextFactory{PortalDbContext}"/> (and the scoped context Identity needs) on the configured
    /// provider. SQLite's file path is resolved against <paramref name="contentRoot"/> and its folder created.
    /// </summary>
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = services.AddPortalOptions<DatabaseOptions>(configuration, DatabaseOptions.Section);
        services.AddSingleton(options);

        if (options.Provider == DatabaseProvider.SqlServer)
        {
            var connectionString = configuration.GetConnectionString("SqlServer")
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set.");
            services.AddDbContextFactory<PortalDbContext>(o => o.UseSqlServer(connectionString, sql => sql
                .MigrationsAssembly(SqlServerMigrationsAssembly)
                .EnableRetryOnFailure()));
        }
        else if (options.Provider == DatabaseProvider.Postgres)
        {
            var connectionString = configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is not set.");
            services.AddDbContextFactory<PortalDbContext>(o => o.UsePortalPostgres(connectionString));
        }
        else
        {
            var connectionString = SqliteConnectionString(configuration.GetConnectionString("Sqlite"), contentRoot);
            services.AddDbContextFactory<PortalDbContext>(o => o
                .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly))
                .AddInterceptors(new SqliteFileGuard()));
        }

        return services;
    }

    /// <summary>
    /// PostgreSQL with its migrations assembly and a retrying strategy, as on SQL Server (a dropped connection or a
    /// serialization failure is transient). Shared with the tests and the benchmark, so they run the portal's settings.
    /// </summary>
    public static DbContextOptionsBuilder UsePortalPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(PostgresMigrationsAssembly)
            .EnableRetryOnFailure());

    /// <summary>
    /// An absolute file path, and a busy timeout so concurrent writers wait instead of failing with "database is locked".
    /// The file is created here, once, if it is missing; connections then open it with <c>Mode=ReadWrite</c>, so a file
    /// deleted under the running portal is an error (<see cref="SqliteFileGuard"/>), not a new empty database.
    /// </summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=App_Data/emulation-portal.db");
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        if (builder.DataSource != ":memory:" && builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            if (!File.Exists(builder.DataSource))
            {
                File.Create(builder.DataSource).Dispose(); // SQLite reads an empty file as an empty database
            }

            builder.Mode = SqliteOpenMode.ReadWrite;
        }
        if (builder.DefaultTimeout == 30)
        {
            builder.DefaultTimeout = 60;
        }

        return builder.ToString();
    }
}
