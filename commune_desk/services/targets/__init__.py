"""The plan's targets judged from the indicators storage computes, the home screen's figures, and what is entered by
hand."""
