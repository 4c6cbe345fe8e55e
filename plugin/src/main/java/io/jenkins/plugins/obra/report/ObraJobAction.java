package io.jenkins.plugins.obra.report;

import edu.hm.hafner.echarts.BuildResult;
import edu.hm.hafner.echarts.ChartModelConfiguration;
import edu.hm.hafner.echarts.LineSeries;
import edu.hm.hafner.echarts.LineSeries.FilledMode;
import edu.hm.hafner.echarts.LineSeries.StackedMode;
import edu.hm.hafner.echarts.LinesChartModel;
import edu.hm.hafner.echarts.LinesDataSet;
import hudson.model.Job;
import io.jenkins.plugins.echarts.ActionSelector;
import io.jenkins.plugins.echarts.AsyncTrendJobAction;
import io.jenkins.plugins.echarts.BuildActionIterator;
import io.jenkins.plugins.echarts.JenkinsPalette;

/**
 * The job's Obra trend (echarts-api's {@link AsyncTrendJobAction}): quality, confidence ×100 and cost in US
 * cents per build, drawn by {@code floatingBox.jelly} on the job page; its link opens the latest build's
 * report. Builds in which no Obra run was judged are left out rather than drawn as zeros.
 */
public class ObraJobAction extends AsyncTrendJobAction<ObraRunAction> {

    ObraJobAction(final Job<?, ?> owner) {
        super(owner, ObraRunAction.class);
    }

    @Override
    public String getIconFileName() {
        return "symbol-analytics";
    }

    @Override
    public String getDisplayName() {
        return Messages.ObraJobAction_DisplayName();
    }

    @Override
    public String getUrlName() {
        return ObraRunAction.URL_NAME;
    }

    @Override
    protected LinesChartModel createChartModel() {
        LinesDataSet data = new ObraSeriesBuilder().createDataSet(new ChartModelConfiguration(), createBuildHistory());
        LinesChartModel model = new LinesChartModel(data);
        model.addSeries(series(Messages.ObraJobAction_Quality(), ObraSeriesBuilder.QUALITY, JenkinsPalette.GREEN, data),
                series(Messages.ObraJobAction_Confidence(), ObraSeriesBuilder.CONFIDENCE, JenkinsPalette.BLUE, data),
                series(Messages.ObraJobAction_Cost(), ObraSeriesBuilder.COST, JenkinsPalette.ORANGE, data));
        return model;
    }

    @Override
    protected Iterable<? extends BuildResult<ObraRunAction>> createBuildHistory() {
        ActionSelector<ObraRunAction> judged = new ActionSelector<>(ObraRunAction.class, ObraRunAction::isJudged);
        return () -> new BuildActionIterator<>(ObraRunAction.class, judged.apply(getOwner().getLastBuild()),
                ObraRunAction::isJudged);
    }

    private static LineSeries series(final String name, final String id, final JenkinsPalette colour,
                                     final LinesDataSet data) {
        LineSeries series = new LineSeries(name, colour.normal(), StackedMode.SEPARATE_LINES, FilledMode.LINES);
        series.addAll(data.getSeries(id));
        return series;
    }
}
