using System.ComponentModel.DataAnnotations;

namespace EmulationPortal.Application.Data;

/// <summary>Configuration section <c>Database</c>: which store to use and how to start it.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (the embedded default), <c>SqlServer</c> or <c>Postgres</c>.</summary>
    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up (on by default; a DBA-run deployment turns it off).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seed the founding example's demo data into an empty database. Refused outside Development unless <see cref="ForceDemoSeed"/>.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// Allows the demo seed in an environment other than Development (a staging rehearsal, a test host running the
    /// production pipeline). The demo's passwords are published, so this is never set where real people sign in.
    /// </summary>
    public bool ForceDemoSeed { get; set; }
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    Postgres,
}
