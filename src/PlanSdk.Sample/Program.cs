using System;
using PlanSdk.Sample;

// Queries across the plans compiled from plans/*.txt: no parsing at run time, typed all the way.
var plans = Plans.PlanCatalog.All;

SigningRateTable.Print(plans, Console.Out);
Console.WriteLine();
ActualsReport.Print(Plans.Zhoushan2019.Plan, plans, Console.Out);
