using System.IO;

namespace PlanSdk.Package.Tests;

/// <summary>A fresh console project in the test's temporary folder that references the packed PlanSdk.</summary>
internal static class FreshProject
{
    /// <summary>Creates the project with the given plans (copied from the repository) and program.</summary>
    public static string Create(PackedPlanSdk package, string name, string program, bool treatWarningsAsErrors, params string[] planIds)
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
        File.WriteAllText(Path.Combine(project, "Fresh.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>{(treatWarningsAsErrors ? "true" : "false")}</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PlanSdk" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), program);
        return project;
    }
}
