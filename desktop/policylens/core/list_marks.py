"""The marks that start a bulleted line, shared by segmentation (`segment`: a list item) and
`hard_wrap` (a line of its own, never a wrapped paragraph's continuation). A module of its
own because `document` calls `hard_wrap`, and `segment` imports `document`."""

BULLET_MARKS = "-•*·▪◦‣–—●○■□►✓"
