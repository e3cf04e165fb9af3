using System.IO;

namespace PlanSdk.Package.Tests;

/// <summary>A fresh project in the test's temporary folder that references the packed PlanSdk.</summary>
internal static class FreshProject
{
    /// <summary>Creates a console project with the given plans (copied from the repository) and program.</summary>
    public static string Create(PackedPlanSdk package, string name, string program, bool treatWarningsAsErrors, params string[] planIds) =>
        Create(package, name, program, treatWarningsAsErrors, planIds, outputType: "Exe", properties: string.Empty, items: string.Empty);

    /// <summary>
    /// Creates a project named <paramref name="name"/> (its folder, project file and assembly) with the given plans,
    /// program, output type and extra MSBuild properties and items.
    /// </summary>
    public static string Create(PackedPlanSdk package, string name, string program, bool treatWarningsAsErrors, string[] planIds, string outputType, string properties, string items)
    {
        var project = Path.Combine(package.Root, name);
        Directory.CreateDirectory(Path.Combine(project, "plans"));
        foreach (var planId in planIds)
        {
            File.Copy(Path.Combine(DotNet.RepositoryRoot(), "plans", planId + ".txt"), Path.Combine(project, "plans", planId + ".txt"));
        }

        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="plansdk-under-test" value="{package.Source}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>{(treatWarningsAsErrors ? "true" : "false")}</TreatWarningsAsErrors>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PlanSdk" Version="{package.Version}" />
                {items}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), program);
        return project;
    }
}
