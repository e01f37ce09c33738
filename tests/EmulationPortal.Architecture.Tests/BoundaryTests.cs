using System.Reflection;
using EmulationPortal.Application.Common;
using Microsoft.AspNetCore.Components;
using NetArchTest.Rules;

namespace EmulationPortal.Architecture.Tests;

/// <summary>The boundaries docs/architecture.md promises, checked on the compiled assemblies.</summary>
public sealed class BoundaryTests
{
    private static readonly Assembly Domain = typeof(EmulationPortal.Domain.Campaigns.Campaign).Assembly;
    private static readonly Assembly Application = typeof(IUseCase).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;

    /// <summary>
    /// What a page or component may not reach for: the store and the user store belong to use cases. Generic types are
    /// named with their arity, as the compiled metadata names them. Signing in (SignInManager) writes the cookie of the
    /// request and stays with the sign-in page.
    /// </summary>
    private static readonly string[] StoreAndUserManager =
    [
        "EmulationPortal.Application.Data.PortalDbContext",
        "Microsoft.EntityFrameworkCore",
        "Microsoft.AspNetCore.Identity.UserManager`1",
    ];

    [Fact]
    public void Domain_references_only_the_base_class_library()
    {
        var foreign = Domain.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name is not ("netstandard" or "mscorlib") && !name.StartsWith("System", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(foreign);
    }

    [Fact]
    public void Application_knows_neither_the_web_project_nor_components()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("EmulationPortal.Web", "MudBlazor", "Microsoft.AspNetCore.Components")
            .GetResult();

        AssertKept(result);
    }

    [Fact]
    public void No_component_or_page_touches_the_store_or_identity_managers()
    {
        var result = Types.InAssembly(Web).That().Inherit(typeof(ComponentBase)).ShouldNot()
            .HaveDependencyOnAny(StoreAndUserManager)
            .GetResult();

        AssertKept(result);
    }

    [Fact]
    public void Use_cases_live_only_in_application()
    {
        var result = Types.InAssemblies([Domain, Web]).ShouldNot()
            .ImplementInterface(typeof(IUseCase))
            .GetResult();

        AssertKept(result);
    }

    /// <summary>
    /// Guards the guard: the same rule applied to the hosting wiring, which must open the store, has to fail,
    /// so a rule that matches nothing (a renamed namespace, a generic type name) cannot pass in silence.
    /// </summary>
    [Fact]
    public void The_store_rule_detects_a_type_that_does_use_the_store()
    {
        var result = Types.InAssembly(Web).That().ResideInNamespace("EmulationPortal.Web.Hosting").ShouldNot()
            .HaveDependencyOnAny(StoreAndUserManager)
            .GetResult();

        Assert.False(result.IsSuccessful);
    }

    private static void AssertKept(NetArchTest.Rules.TestResult result) =>
        Assert.True(result.IsSuccessful, "Broken by: " + string.Join(", ", result.FailingTypeNames ?? []));
}
